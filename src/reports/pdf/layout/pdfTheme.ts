/** The report PDF's page, type and colours: A4, Helvetica (a standard font: nothing to embed). */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginX: 50,
  marginTop: 50,
  /** Below it, the page footer (running title, page number). */
  marginBottom: 48,
  footerBaselineFromBottom: 30,
} as const;

export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const COLORS = {
  ink: "#111827",
  muted: "#4b5563",
  faint: "#9ca3af",
  rule: "#d1d5db",
  grid: "#e5e7eb",
  accent: "#1d4ed8",
  subject: "#2563eb",
  subjectTint: "#eff6ff",
  headerTint: "#f3f4f6",
  recommendation: "#047857",
  recommendationTint: "#ecfdf5",
  warning: "#b45309",
  warningTint: "#fffbeb",
  warningBorder: "#f59e0b",
  positive: "#15803d",
  negative: "#b91c1c",
} as const;

export type FontName = "Helvetica" | "Helvetica-Bold" | "Helvetica-Oblique" | "Helvetica-BoldOblique";

export interface TextStyle {
  font: FontName;
  size: number;
  /** The height of one line of this style. */
  lineHeight: number;
  color: string;
  /** How far above the line's text the glyphs sit (superscripts). */
  rise: number;
}

const style = (font: FontName, size: number, lineHeight: number, color: string, rise = 0): TextStyle => ({
  font,
  size,
  lineHeight,
  color,
  rise,
});

export const TEXT_STYLES = {
  kicker: style("Helvetica-Bold", 9, 12, COLORS.accent),
  title: style("Helvetica-Bold", 20, 25, COLORS.ink),
  subtitle: style("Helvetica", 11, 15, COLORS.muted),
  meta: style("Helvetica", 8.5, 12, COLORS.muted),
  metaBold: style("Helvetica-Bold", 8.5, 12, COLORS.ink),
  heading: style("Helvetica-Bold", 13.5, 18, COLORS.ink),
  subheading: style("Helvetica-Bold", 10.5, 14, COLORS.ink),
  body: style("Helvetica", 9.5, 13, COLORS.ink),
  bodyBold: style("Helvetica-Bold", 9.5, 13, COLORS.ink),
  bodyItalic: style("Helvetica-Oblique", 9.5, 13, COLORS.ink),
  bodyMuted: style("Helvetica", 9.5, 13, COLORS.muted),
  unverifiedNumber: style("Helvetica-Bold", 9.5, 13, COLORS.warning),
  superscript: style("Helvetica", 6, 13, COLORS.accent, 2.5),
  superscriptMuted: style("Helvetica", 6, 13, COLORS.faint, 2.5),
  dagger: style("Helvetica-Bold", 7, 13, COLORS.warning, 1.5),
  small: style("Helvetica", 7.5, 10, COLORS.muted),
  smallBold: style("Helvetica-Bold", 7.5, 10, COLORS.ink),
  smallLink: style("Helvetica", 7.5, 10, COLORS.accent),
  footnote: style("Helvetica", 7, 9, COLORS.muted),
  footnoteNumber: style("Helvetica-Bold", 7, 9, COLORS.accent),
  tableHeader: style("Helvetica-Bold", 7.5, 10, COLORS.muted),
  tableCell: style("Helvetica", 7.5, 10, COLORS.ink),
  tableCellBold: style("Helvetica-Bold", 7.5, 10, COLORS.ink),
  tableCellMuted: style("Helvetica", 7, 9, COLORS.faint),
  chartLabel: style("Helvetica", 6.5, 8, COLORS.muted),
  chartLabelBold: style("Helvetica-Bold", 6.5, 8, COLORS.ink),
  chartTitle: style("Helvetica-Bold", 7.5, 10, COLORS.muted),
  pageFooter: style("Helvetica", 7, 9, COLORS.faint),
} satisfies Record<string, TextStyle>;

export type TextStyleName = keyof typeof TEXT_STYLES;

/** Vertical rhythm, in points. */
export const SPACING = {
  afterSection: 14,
  afterHeading: 5,
  betweenBlocks: 8,
  betweenItems: 3,
  bulletIndent: 11,
} as const;
