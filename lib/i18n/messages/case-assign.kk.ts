// Істі кім жүргізеді (issue 19: «іс сізге тапсырылды»).
export const caseAssignKk = {
  title: "Орындаушы",
  field: "Істі жүргізетін тергеуші",
  submit: "Тапсыру",
  done: "Іс тапсырылды. Тергеушіге хабарлама жіберілді.",
  assignedTo: "Жүргізеді: {name}",
  unassigned: "Тапсырылмаған",
  events: {
    assigned: "Тапсырылды: {to}.",
    reassigned: "{from} орнына {to} тапсырылды.",
  },
};
