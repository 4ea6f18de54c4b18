// Who works a case (issue 19: "a case assigned to you").
export const caseAssignEn = {
  title: "Assignment",
  field: "Investigator working the case",
  submit: "Assign",
  done: "Case assigned. The investigator is notified.",
  assignedTo: "Assigned to {name}",
  unassigned: "Not assigned",
  events: {
    assigned: "Assigned to {to}.",
    reassigned: "Reassigned from {from} to {to}.",
  },
};
