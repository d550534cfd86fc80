/**
 * The frame every layout returns beside its marks: the drawing's size, the plot's box inside it (where
 * the axes run) and the axis ticks, for a whole chart or for one panel of the kinds drawn a panel per
 * concept. Types only.
 */

/** The plot's box, in the drawing's px. */
export interface PlotBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A tick of an axis across (its x) or down (its y), with its text ("50 %", "2018"). */
export interface TickAcross {
  x: number;
  label: string;
}
export interface TickDown {
  y: number;
  label: string;
}

/** A whole chart's drawing: its size and its plot. */
export interface ChartArea {
  width: number;
  height: number;
  plot: PlotBox;
}

/** A chart of rows along one axis across the top (bars, ranking, gap, the brief's chart). */
export interface RowChartArea extends ChartArea {
  ticks: TickAcross[];
}

/** One concept's panel (All surveys, Over time): drawn by shared/Panel.tsx at `top`, `height` tall. */
export interface PanelArea {
  id: string;
  title: string;
  top: number;
  height: number;
  plot: PlotBox;
}
