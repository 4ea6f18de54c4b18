/**
 * What a form acts on and what it read (the record's id, the version it saw) as hidden inputs, in the order given;
 * a value that is null or undefined is left out.
 */
export function HiddenFields({ values }: { values: Record<string, string | number | null | undefined> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (value == null ? null : <input key={name} type="hidden" name={name} value={value} />))}
    </>
  );
}
