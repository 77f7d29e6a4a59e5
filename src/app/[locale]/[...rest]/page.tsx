import { notFound } from "next/navigation";

// Any unknown path under a valid locale gets that locale's 404 page.
export default function UnknownPage() {
  notFound();
}
