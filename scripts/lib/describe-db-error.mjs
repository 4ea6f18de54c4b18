// Turns a connection or SQL failure into one sentence a person can act on.
export function describeDbError(error, url) {
  const where = (() => {
    try {
      const u = new URL(url);
      return `${u.hostname}:${u.port || 5432}${u.pathname}`;
    } catch {
      return "the configured database";
    }
  })();
  const code = error?.code ?? error?.cause?.code;
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot reach the database at ${where}: nothing is listening there. Start PostgreSQL, or unset DATABASE_URL to use the embedded database.`;
    case "ENOTFOUND":
      return `Cannot reach the database at ${where}: the host name does not resolve. Check DATABASE_URL.`;
    case "ETIMEDOUT":
      return `Cannot reach the database at ${where}: the connection timed out.`;
    case "28P01":
    case "28000":
      return `The database at ${where} refused the user name or password in DATABASE_URL.`;
    case "3D000":
      return `The database named in DATABASE_URL does not exist on ${where}. Create it (createdb) or fix the name.`;
    default:
      return `Database error at ${where}: ${error?.message ?? String(error)}`;
  }
}
