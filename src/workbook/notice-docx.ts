/**
 * The 通报 as a .docx (the CLI's `report -o 通报.docx` and the standalone page's 下载 .docx): the title bold and
 * centred, one paragraph per line. The `docx` package is loaded here only, with import(): never in the pane's
 * first load.
 */
export async function noticeDocx(paragraphs: readonly string[]): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, TextRun, AlignmentType } = await import(/* webpackChunkName: "docx" */ "docx");
  const [title, ...rest] = paragraphs;
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title ?? "", bold: true, size: 32 })] }),
          ...rest.map((p) => new Paragraph({ children: [new TextRun({ text: p, size: 28 })], spacing: { after: 120 } })),
        ],
      },
    ],
  });
  // Packer.toBlob in the browser (no Buffer there), toBuffer under Node.
  if (typeof Blob !== "undefined" && typeof (globalThis as { Buffer?: unknown }).Buffer === "undefined") {
    return new Uint8Array(await (await Packer.toBlob(doc)).arrayBuffer());
  }
  return new Uint8Array(await Packer.toBuffer(doc));
}
