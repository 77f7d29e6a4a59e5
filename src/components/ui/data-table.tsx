import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";

export type Column<Row> = {
  header: ReactNode;
  /** The cell of a row; `index` counts from 0 in the order given. */
  cell: (row: Row, index: number) => ReactNode;
  /** The cell that names the row (a `<th scope="row">`), usually the first. */
  rowHeader?: boolean;
  /** Alignment of the column's cells and header, e.g. "text-right tabular-nums" for numbers. */
  className?: string;
  /** The language of the column's cells where it differs from the page's (names in Cyrillic). */
  lang?: string;
};

type Props<Row> = {
  /** The name of the scroll region and, unless `caption` says otherwise, the table's caption (read by screen readers only). */
  label: string;
  /** A caption to show on screen. */
  caption?: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** Said instead of an empty table. */
  empty?: ReactNode;
  /** Smaller text for wide tables. */
  dense?: boolean;
  /** Spacing of the whole table (margins, max height). */
  className?: string;
};

/**
 * A table of rows in the keyboard-scrollable region (ScrollRegion: tabIndex 0 and a name), with a
 * caption, column headers with `scope="col"` and the staff screens' lines and padding.
 */
export function DataTable<Row>({
  label,
  caption,
  columns,
  rows,
  rowKey,
  empty,
  dense,
  className,
}: Props<Row>) {
  if (rows.length === 0 && empty !== undefined) return <p className={className}>{empty}</p>;
  return (
    <ScrollRegion label={label} className={className}>
      <table className={`w-full border-collapse text-left ${dense ? "text-sm" : ""}`.trim()}>
        <caption className={caption === undefined ? "sr-only" : "mb-2 text-left font-semibold"}>
          {caption ?? label}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {columns.map((column, index) => (
              <th key={index} scope="col" className={cellClass(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowKey(row, rowIndex)} className="border-b border-slate-200 align-top">
              {columns.map((column, index) =>
                column.rowHeader ? (
                  <th key={index} scope="row" className={`${cellClass(column)} font-normal`}>
                    {column.cell(row, rowIndex)}
                  </th>
                ) : (
                  <td key={index} className={cellClass(column)} lang={column.lang}>
                    {column.cell(row, rowIndex)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const cellClass = (column: { className?: string }) => `p-2 ${column.className ?? ""}`.trim();
