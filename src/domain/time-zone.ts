/** Every date and time shown to a person is in Brussels time; the database stores UTC. */
export const displayTimeZone = "Europe/Brussels";
