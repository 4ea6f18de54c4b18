// Sign-in throttling and the account's sessions page (lib/users/*session*, decisions 0063–0064).
// `retry` is an ICU plural (decision 0085): each language lists the CLDR categories it needs.
export const sessionsEn = {
  retry: {
    seconds: "Too many failed attempts. Try again in {count, plural, one {# second} other {# seconds}}.",
    minutes: "Too many failed attempts. Try again in {count, plural, one {# minute} other {# minutes}}.",
  },
  menu: "Your sessions",
  title: "Your sessions",
  intro: "Where you are signed in now. A session ends after {idle} h without use, and {absolute} h after sign-in at the latest. Sign out any session you do not recognise, and change your password.",
  tableLabel: "Active sessions",
  columns: { device: "Device", address: "Address", signedIn: "Signed in", lastActive: "Last active", actions: "Actions" },
  device: "{browser} on {os}",
  unknownDevice: "Unknown device",
  unknownAddress: "Unknown",
  thisSession: "This session",
  signOut: "Sign out",
  signOutOthers: "Sign out everywhere else",
  signedOutOne: "That session was signed out.",
  signedOutOthers: "Every other session was signed out.",
  noOthers: "You are signed in nowhere else.",
  password: "Your password",
  passwordHint: "Type it to sign a session out: a computer left signed in cannot sign you out elsewhere.",
  passwordWrong: "The password is not right. No session was signed out.",
};
