// An administrator helping a user who lost a second factor or a device; one-time passwords that expire (decision 0079).
export const accountRecoveryEn = {
  oneTimeExpired: "This one-time password has expired. Ask your administrator for a new one.",
  oneTimeValidUntil: "The one-time password is valid until {until}.",
  secondFactor: {
    title: "Lost second factor",
    intro: "The user lost their authenticator and recovery codes. Check who is asking as you did when the account was handed over. The second factor is removed and a new one-time password is issued: at the next sign-in the user changes it and sets up a new authenticator. Their sessions end.",
    submit: "Reset second factor",
    done: "The second factor of {email} is removed. One-time password (shown once, valid for 72 hours): {password}",
    status: "Second factor",
    on: "On",
    off: "Not set up",
  },
  sessions: {
    title: "Lost device",
    intro: "Every open session of the user ends now, on every device. The account and its password stay.",
    submit: "End all sessions",
    done: "All sessions of {email} have ended.",
  },
};
