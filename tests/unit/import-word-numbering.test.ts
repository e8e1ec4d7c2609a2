// Word's own numbering read back from numbering.xml: minute headings numbered by Word keep the
// numbers Word shows (a list starting at 45, carrying on past the paragraphs between headings, a
// heading style that numbers itself), and a decision's lettered clauses keep their letters.
import { describe, expect, it } from 'vitest';
import { docxText, storedZip } from '../../electron/import/docx';
import { parseImportText } from '../../electron/import/parse';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const level = (ilvl: number, format: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;

const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '(%2)')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '•')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="45"/></w:lvlOverride></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:style w:type="paragraph" w:styleId="MinuteHeading"><w:name w:val="Minute Heading"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>`;

type Paragraph = { text: string; numId?: number; ilvl?: number; style?: string };

const paragraph = ({ text, numId, ilvl = 0, style }: Paragraph) => {
  const numPr =
    numId === undefined ? '' : `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
  const pStyle = style ? `<w:pStyle w:val="${style}"/>` : '';
  const properties = numPr || pStyle ? `<w:pPr>${pStyle}${numPr}</w:pPr>` : '';
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
};

function wordDocument(paragraphs: Paragraph[]): Buffer {
  const parts = new Map<string, Buffer>(
    [
      [
        '[Content_Types].xml',
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
      ],
      [
        '_rels/.rels',
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      ],
      [
        'word/_rels/document.xml.rels',
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      ],
      [
        'word/document.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paragraphs.map(paragraph).join('')}</w:body></w:document>`,
      ],
      ['word/numbering.xml', numbering],
      ['word/styles.xml', styles],
    ].map(([name, xml]) => [name!, Buffer.from(xml!, 'utf8')]),
  );
  return storedZip(parts);
}

describe('Word’s own numbering', () => {
  it('keeps the numbers Word shows on minute headings, past the paragraphs between them', async () => {
    const docx = wordDocument([
      { text: 'PLANNING COMMITTEE' },
      { text: 'Minutes of the meeting held on 14 January 2026.' },
      { text: 'Present: Councillor A Jones (Chair), Councillors B Smith and C Evans.' },
      { text: 'APOLOGIES FOR ABSENCE', numId: 1 },
      { text: 'Apologies were received from Councillor D Price.' },
      { text: 'MINUTES OF THE PREVIOUS MEETING', numId: 1 },
      { text: 'RESOLVED that the minutes of the meeting held on 10 December 2025 be approved.' },
      { text: 'LAND AT MILL LANE', style: 'MinuteHeading' },
      { text: 'The Head of Planning presented the report.' },
      { text: 'the height of the building;', numId: 2 },
      { text: 'RESOLVED that:' },
      { text: 'the application be refused; and', numId: 1, ilvl: 1 },
      { text: 'the reasons be those in the report.', numId: 1, ilvl: 1 },
    ]);
    const text = await docxText(docx);
    expect(text).toMatch(/^45\. APOLOGIES FOR ABSENCE$/m);
    expect(text).toMatch(/^46\. MINUTES OF THE PREVIOUS MEETING$/m);
    expect(text).toMatch(/^47\. LAND AT MILL LANE$/m);
    expect(text).toMatch(/^\(a\) the application be refused; and$/m);
    expect(text).toMatch(/^\(b\) the reasons be those in the report\.$/m);
    expect(text).toMatch(/^• the height of the building;$/m);
    const structure = parseImportText(text);
    expect(structure.items.map((item) => [item.number, item.title])).toEqual([
      ['45', 'APOLOGIES FOR ABSENCE'],
      ['46', 'MINUTES OF THE PREVIOUS MEETING'],
      ['47', 'LAND AT MILL LANE'],
    ]);
    expect(structure.items[2]!.decisions.map((decision) => decision.clauses.length)).toEqual([2]);
  });
});
