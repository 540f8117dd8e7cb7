// The `govtables tables --json` line format: one object per input file.
import { z } from 'zod';
import { TABLE_MODES } from '../pipeline/model.ts';

export const TableCellSchema = z.object({
  r: z.number().int().min(0).describe('0-based row of the top-left slot in the repaired grid'),
  c: z.number().int().min(0).describe('0-based column of the top-left slot'),
  rs: z.number().int().min(1),
  cs: z.number().int().min(1),
  text: z.string().describe('cell text, in-cell line breaks as \\n'),
  page: z.number().int().nullable(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable().describe('[x0, y0, x1, y1] in PDF points, origin top-left'),
});

export const TablesFileSchema = z.object({
  file: z.string(),
  format: z.string().nullable(),
  tables: z.array(
    z.object({
      pages: z.array(z.number().int()),
      mode: z.enum(TABLE_MODES),
      rows: z.number().int().min(0),
      cols: z.number().int().min(0),
      cells: z.array(TableCellSchema),
    }),
  ),
});

export function tablesJsonSchema(): unknown {
  return z.toJSONSchema(TablesFileSchema, { target: 'draft-2020-12' });
}
