import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Text,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNearView } from '../../app/components/useNearView';
import { scoreText } from './score-format';

/** One bar series: which value, its name and its colour (from the colour-blind-safe set). */
export interface Series {
  key: string;
  label: string;
  color: string;
}

/** One group of bars: a stage, say, with a value per series (null: not yet observed). */
export interface BarGroup {
  id: string;
  name: string;
  values: Record<string, number | null>;
}

/**
 * Grouped bars on the 0–100 scale, drawn by Recharts as SVG: every bar carries its number
 * (so the chart reads in print, without colour), a missing value is simply no bar, and a
 * click on a group opens the evidence behind it.
 */
export const GroupBarChart = memo(GroupBarChartView, (a, b) => {
  // Charts are costly to lay out; an edit elsewhere that leaves their figures as they were
  // does not redraw them.
  return (
    a.title === b.title &&
    a.height === b.height &&
    JSON.stringify([a.groups, a.series]) === JSON.stringify([b.groups, b.series])
  );
});

function GroupBarChartView({
  title,
  groups,
  series,
  onSelect,
  height = 260,
}: {
  title: string;
  groups: BarGroup[];
  series: Series[];
  /** Read at the time of a click, so a newer handler need not redraw the chart. */
  onSelect: (id: string) => void;
  height?: number;
}) {
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  });
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const figure = useRef<HTMLElement>(null);
  // A chart costs Recharts tens of milliseconds to draw: one below the window waits until it
  // is scrolled near (or printed), so opening the screen does not wait for it.
  const near = useNearView(figure);
  const data = groups.map((g) => ({ id: g.id, name: g.name, ...g.values }));
  const label = (value: unknown) =>
    typeof value === 'number' ? (scoreText(value, locale) ?? '') : '';
  if (!near)
    return (
      <figure ref={figure} className="chart" aria-label={title}>
        <div style={{ height }} />
      </figure>
    );
  return (
    <figure ref={figure} className="chart" aria-label={title}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} margin={{ top: 18, right: 8, bottom: 0, left: -18 }} barGap={2}>
          <CartesianGrid vertical={false} stroke="#e3e7ec" />
          <XAxis
            dataKey="name"
            tickLine={false}
            axisLine={{ stroke: '#aab4c0' }}
            interval={0}
            height={44}
            // Each name wraps within its own group's width rather than running into the next.
            tick={(props) => (
              <Text
                x={props.x}
                y={props.y}
                width={Number(props.width) / Math.max(1, Number(props.visibleTicksCount) || 1)}
                textAnchor="middle"
                verticalAnchor="start"
                fontSize={12}
                fill="#4a5565"
              >
                {String(props.payload.value)}
              </Text>
            )}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickLine={false}
            axisLine={false}
            tick={{ fontSize: 11, fill: '#6b7684' }}
          />
          <Tooltip
            cursor={{ fill: 'rgba(31, 95, 191, 0.06)' }}
            formatter={(value) =>
              typeof value === 'number' ? (scoreText(value, locale) ?? '') : t('scores.notObserved')
            }
          />
          <Legend
            wrapperStyle={{ fontSize: 12 }}
            iconType="square"
            itemSorter={null}
            formatter={(value: string) => <span className="chart-legend-text">{value}</span>}
          />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(item) => {
                const id = (item.payload as { id?: string } | undefined)?.id;
                if (id) select.current(id);
              }}
            >
              <LabelList
                dataKey={s.key}
                position="top"
                formatter={label}
                style={{ fontSize: 11, fill: '#1b2430' }}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
