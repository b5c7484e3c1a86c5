// The rows of a windowed table that are not drawn, as one empty row of their height, so the scroll bar and
// the page keep the table's whole length.
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr>
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
