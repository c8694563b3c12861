import type { SyntaxNode, Tree } from "@lezer/common";

/**
 * A small block-level view of a markdown document: what segmentation needs and nothing more.
 * Every block keeps its offsets into the report text.
 */
export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | LeafBlock;

interface Range {
  from: number;
  to: number;
}
export interface HeadingBlock extends Range {
  kind: "heading";
  level: number;
  /** The heading's text without its `#` marks. */
  textFrom: number;
  textTo: number;
}
export interface ParagraphBlock extends Range {
  kind: "paragraph";
}
export interface ListBlock extends Range {
  kind: "list";
  ordered: boolean;
  items: ListItem[];
}
export interface ListItem extends Range {
  /** Where the item's content starts, after its bullet or number. */
  contentFrom: number;
  children: Block[];
}
export interface TableBlock extends Range {
  kind: "table";
  header: Range[];
  rows: { from: number; to: number; cells: Range[] }[];
}
export interface LeafBlock extends Range {
  kind: "code" | "rule" | "html";
}

/** `text` is the text the tree was parsed from; without it, headings are taken as the parser read them. */
export function blocksOf(tree: Tree, text = ""): Block[] {
  return childBlocks(tree.topNode, text);
}

function childBlocks(parent: SyntaxNode, text: string): Block[] {
  const blocks: Block[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) blocks.push(...toBlocks(node, text));
  return blocks;
}

/**
 * Quoted findings ("> **[HIGH] ...**") are findings all the same: a blockquote stands for the blocks
 * inside it. A "heading" of several lines underlined with `---` is a paragraph followed by a
 * separator, as in "Details: ...\n---" between findings: nobody writes a three-line heading.
 */
function toBlocks(node: SyntaxNode, text: string): Block[] {
  if (node.name === "Blockquote") return childBlocks(node, text);
  const mark = /^SetextHeading\d$/.test(node.name) ? node.getChild("HeaderMark") : null;
  if (mark && text) {
    const content = text.slice(node.from, mark.from).replace(/\s+$/, "");
    if (content.includes("\n")) {
      return [
        { kind: "paragraph", from: node.from, to: node.from + content.length },
        { kind: "rule", from: mark.from, to: mark.to },
      ];
    }
  }
  const block = toBlock(node, text);
  return block ? [block] : [];
}

function toBlock(node: SyntaxNode, text: string): Block | null {
  const { from, to, name } = node;
  const heading = /^(?:ATX|Setext)Heading(\d)$/.exec(name);
  if (heading) return headingBlock(node, Number(heading[1]));
  switch (name) {
    case "Paragraph":
      return { kind: "paragraph", from, to };
    case "BulletList":
    case "OrderedList":
      return { kind: "list", ordered: name === "OrderedList", from, to, items: listItems(node, text) };
    case "Table":
      return tableBlock(node);
    case "FencedCode":
    case "CodeBlock":
      return { kind: "code", from, to };
    case "HorizontalRule":
      return { kind: "rule", from, to };
    case "HTMLBlock":
    case "CommentBlock":
    case "ProcessingInstructionBlock":
      return { kind: "html", from, to };
    default:
      return null;
  }
}

function headingBlock(node: SyntaxNode, level: number): HeadingBlock {
  let textFrom = node.from;
  let textTo = node.to;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name !== "HeaderMark") continue;
    if (child.from === node.from) textFrom = child.to;
    else textTo = Math.min(textTo, child.from);
  }
  return { kind: "heading", level, from: node.from, to: node.to, textFrom, textTo };
}

function listItems(list: SyntaxNode, text: string): ListItem[] {
  const items: ListItem[] = [];
  for (let item = list.firstChild; item; item = item.nextSibling) {
    if (item.name !== "ListItem") continue;
    const mark = item.getChild("ListMark");
    items.push({ from: item.from, to: item.to, contentFrom: mark ? mark.to : item.from, children: childBlocks(item, text) });
  }
  return items;
}

function tableBlock(node: SyntaxNode): TableBlock {
  const header: Range[] = [];
  const rows: TableBlock["rows"] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name === "TableHeader") header.push(...cellsOf(child));
    else if (child.name === "TableRow") rows.push({ from: child.from, to: child.to, cells: cellsOf(child) });
  }
  return { kind: "table", from: node.from, to: node.to, header, rows };
}

function cellsOf(row: SyntaxNode): Range[] {
  return row.getChildren("TableCell").map((cell) => ({ from: cell.from, to: cell.to }));
}
