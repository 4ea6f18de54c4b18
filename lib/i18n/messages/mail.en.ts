// Notifications by e-mail where the portal has SMTP settings, and the account's switch for them (issue 19,
// decision 0227).
export const mailEn = {
  subjectPrefix: "[Aiqyn]",
  greeting: "Hello, {name}.",
  open: "Open it in the portal: {link}",
  footer: "You receive this because e-mail notifications are on for your Aiqyn account. Turn them off on your account page: {link}",
  settings: {
    title: "E-mail notifications",
    intro: "Each notification in the portal is also sent to {email}, in the language you use here.",
    notConfigured: "This portal sends no e-mail: notifications are shown in the portal only.",
    on: "Send my notifications by e-mail too",
    save: "Save",
    saving: "Saving…",
    savedOn: "E-mail notifications are on.",
    savedOff: "E-mail notifications are off. You will still see every notification in the portal.",
  },
};
