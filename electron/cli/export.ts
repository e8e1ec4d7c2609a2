// `minutebook export`: a Word document of a meeting, public unless told, written through a temporary
// file renamed into place. It only reads, so it works while the app is open on the same folder.
import path from 'node:path';
import { writeFileAtomically } from '../export/writeFile';
import { defineCommand } from './command';
import { hasData } from './dataFolder';
import { exportFromData } from './exportFromData';

export const exportCommand = defineCommand({
  name: 'export',
  summary: `minutebook export --meeting ID --kind minutes|agenda|report [--item ID]
                    [--public|--confidential] --out FILE.docx [--data DIR]
                                                     a Word document of a meeting (public unless told)`,
  usage: `Usage: minutebook export --meeting ID --kind minutes|agenda|report [--item ID]
                         [--public|--confidential] --out FILE.docx [--data DIR]

Writes a Word document of a meeting in the council's house style. The public edition (the default)
keeps of an exempt item only its title, the resolution excluding the public and the publishable
wording; --confidential gives everything, marked NOT FOR PUBLICATION. Votes that do not square with
who could vote, and inquorate items, are listed as warnings on stderr; the document is written anyway.
Works while Minutebook is open on the same folder: it only reads. \`minutebook meetings\` lists the
meetings and items with their ids.

  --meeting ID     the meeting
  --kind K         minutes, agenda, or report (an item's report: give --item)
  --item ID        the item whose report it is
  --out FILE.docx  where to write it (an existing file is replaced whole)
  --data DIR       the folder holding minutebook.sqlite3`,
  options: {
    meeting: { type: 'string' },
    kind: { type: 'string' },
    item: { type: 'string' },
    public: { type: 'boolean' },
    confidential: { type: 'boolean' },
    out: { type: 'string' },
  },
  async run({ values, dataDir }) {
    if (values.public && values.confidential) {
      console.error('Choose --public or --confidential, not both.');
      return 2;
    }
    const out = values.out;
    if (typeof out !== 'string') {
      console.error('Say where to write the document: --out FILE.docx');
      return 2;
    }
    if (!hasData(dataDir)) return 2;
    const result = await exportFromData(dataDir, {
      meetingId: values.meeting,
      kind: values.kind,
      itemId: values.item,
      edition: values.confidential ? 'confidential' : 'public',
    });
    if (!result.ok) {
      console.error(result.error.message);
      return result.error.code === 'invalid_input' || result.error.code === 'not_found' ? 2 : 1;
    }
    const { bytes, fileName, warnings } = result.value;
    // What the app asks about before saving (votes and quorum): written anyway, and said on stderr.
    for (const warning of warnings) console.error(`Warning: ${warning}`);
    const target = path.resolve(out);
    writeFileAtomically(target, bytes);
    console.log(`Wrote ${target} (${fileName.replace(/\.docx$/, '')}).`);
    return 0;
  },
});
