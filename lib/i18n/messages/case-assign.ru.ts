// Кто ведёт дело (issue 19: «дело поручено вам»).
export const caseAssignRu = {
  title: "Исполнитель",
  field: "Следователь, который ведёт дело",
  submit: "Поручить",
  done: "Дело поручено. Следователь получил уведомление.",
  assignedTo: "Ведёт: {name}",
  unassigned: "Не поручено",
  events: {
    assigned: "Поручено: {to}.",
    reassigned: "Передано от {from} к {to}.",
  },
};
