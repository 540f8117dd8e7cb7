// Regenerates test/fixtures/doc/*.doc (needs LibreOffice; the tests do not): the unseen
// documents of test/e2e/unseen-docs.ts are built as .docx and saved as Word 97 .doc by
// `soffice --headless --convert-to doc`, and so are samples/*.docx.
//   npx tsx test/doc/make-doc-fixtures.ts /tmp/doc-out [name…]   (then copy the .doc files here;
//   samples: soffice --headless --convert-to doc --outdir test/fixtures/doc/samples samples/*.docx)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNSEEN_DOCS, unseenDocx } from '../e2e/unseen-docs.ts';

const out = process.argv[2] ?? 'test/fixtures/doc';
const names = process.argv.slice(3);
const work = join(out, 'docx');
mkdirSync(work, { recursive: true });
const files: string[] = [];
for (const doc of UNSEEN_DOCS) {
  if (names.length && !names.includes(doc.name)) continue;
  const f = join(work, `${doc.name}.docx`);
  writeFileSync(f, await unseenDocx(doc));
  files.push(f);
}
execFileSync('soffice', [`-env:UserInstallation=file://${join(process.cwd(), out, 'profile')}`, '--headless', '--convert-to', 'doc', '--outdir', out, ...files], { stdio: 'inherit' });
