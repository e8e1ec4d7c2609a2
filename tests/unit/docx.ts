// Reads an exported .docx back as Word and LibreOffice would: its XML parts, mammoth's text, and
// (where LibreOffice is installed) a PDF conversion with its page count.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';

export interface ReadDocx {
  /** Every XML part, by path inside the zip. */
  parts: Map<string, string>;
  /** The document body's text as mammoth reads it, a paragraph a line. */
  text: string;
  /** mammoth's HTML: headings as h1–h4, lists as ul/ol, tables as table. */
  html: string;
  /** Everything mammoth did not understand. */
  warnings: string[];
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels'))
      parts.set(name, await zip.files[name]!.async('string'));
  }
  const buffer = Buffer.from(bytes);
  const raw = await mammoth.extractRawText({ buffer });
  const html = await mammoth.convertToHtml({ buffer });
  return {
    parts,
    text: raw.value,
    html: html.value,
    warnings: [...raw.messages, ...html.messages].map((m) => m.message),
  };
}

/** XML text as it is escaped inside a part. */
export const xmlEscaped = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const sofficeInstalled = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Converts with LibreOffice (headless) to PDF and to text; returns the page count and the text,
 * in which Word's automatic numbers appear as LibreOffice lays them out.
 */
export function convertWithLibreOffice(bytes: Uint8Array): { pages: number; text: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'minutebook-soffice-'));
  try {
    const input = path.join(dir, 'document.docx');
    writeFileSync(input, bytes);
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    const convert = (to: string) =>
      execFileSync('soffice', [profile, '--headless', '--convert-to', to, '--outdir', dir, input], {
        stdio: 'pipe',
        timeout: 120_000,
      });
    convert('pdf');
    convert('txt:Text (encoded):UTF8');
    const info = execFileSync('pdfinfo', [path.join(dir, 'document.pdf')], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    return { pages, text: readFileSync(path.join(dir, 'document.txt'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface LaidOutLine {
  text: string;
  /** From the top of the page, in points. */
  yMin: number;
  yMax: number;
}

/** Converts with LibreOffice to PDF and reads back each page's lines with where they sit. */
export function layOutWithLibreOffice(bytes: Uint8Array): LaidOutLine[][] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'minutebook-soffice-'));
  try {
    const input = path.join(dir, 'document.docx');
    writeFileSync(input, bytes);
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    const html = execFileSync('pdftotext', ['-bbox-layout', path.join(dir, 'document.pdf'), '-'], {
      encoding: 'utf8',
    });
    return html
      .split(/<page\b/)
      .slice(1)
      .map((page) =>
        [
          ...page.matchAll(
            /<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
          ),
        ].map(([, yMin, yMax, words]) => ({
          yMin: Number(yMin),
          yMax: Number(yMax),
          text: [...words!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map(([, word]) => word).join(' '),
        })),
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
