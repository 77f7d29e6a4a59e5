import "server-only";
import type { PersonInput } from "@/domain/cases/person-input";
import { searchNameOf } from "@/domain/cases/transliteration";
import { toDbDate } from "@/domain/cases/form-fields";

/** Maps validated form input to the columns of Person, deriving the search name. */
export function personColumns(input: PersonInput) {
  const date = (value: string | undefined) => (value ? toDbDate(value) : null);
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    firstNameCyrillic: input.firstNameCyrillic ?? null,
    lastNameCyrillic: input.lastNameCyrillic ?? null,
    searchName: searchNameOf(input),
    birthDate: date(input.birthDate),
    nationality: input.nationality ?? null,
    languages: input.languages,
    email: input.email ?? null,
    phone: input.phone ?? null,
    municipalityNis: input.municipalityNis ?? null,
    arrivalDate: date(input.arrivalDate),
    tpCertificateDate: date(input.tpCertificateDate),
    inNationalRegister: input.inNationalRegister,
    nationalRegisterDate: date(input.nationalRegisterDate),
    housing: input.housing ?? null,
  };
}
