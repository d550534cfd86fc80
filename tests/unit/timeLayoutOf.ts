import { surveyStyles } from '../../src/charts/surveys/style';
import { timeLayout } from '../../src/charts/time/layout';
import type { ViewModel } from '../../src/data/viewModel';

/** Over time's layout of a view model, as TimeChart draws it. */
export const timeLayoutOf = (model: ViewModel, width: number, values = false) =>
  timeLayout({
    panels: model.surveyPanels,
    waves: new Map(model.panels.map((p) => [p.indicator.id, p.waves])),
    styles: surveyStyles(model.surveys),
    width,
    values,
  });
