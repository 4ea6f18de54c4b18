/** One suggestion of a picker (decision 0228): the value the form sends, what the reader sees, and a detail line. */
export type TPickOption = { value: string; label: string; detail: string; isWarning?: boolean };
