// A horizontal stacked bar chart of stances (recharts), with patterned fills and the count in each segment.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ChartDataDto } from '../../../../shared/api/channels/compilation';
import { fillId } from './PatternDefs';
import type { StanceLook } from './stance-look';

interface Props {
  bars: ChartDataDto['byProposal'];
  stances: ChartDataDto['stances'];
  looks: Map<string, StanceLook>;
  noStanceLabel: string;
  title: string;
}

const NO_STANCE = '__none';
/** A white outline behind the count keeps it readable on any pattern. */
const HALO = { paintOrder: 'stroke', stroke: '#ffffff', strokeWidth: 3, strokeLinejoin: 'round' } as const;

export function StanceBarChart({ bars, stances, looks, noStanceLabel, title }: Props) {
  const data = bars.map((b) => ({
    label: b.label,
    [NO_STANCE]: b.noStance,
    ...Object.fromEntries(stances.map((s, i) => [s.stanceId, b.counts[i] ?? 0])),
  }));
  const showNoStance = bars.some((b) => b.noStance > 0);
  const height = Math.max(120, bars.length * 34 + 48);
  const short = (text: string) => (text.length > 44 ? `${text.slice(0, 43)}…` : text);
  return (
    <figure className="chart-figure">
      <figcaption className="chart-title">{title}</figcaption>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          barCategoryGap={6}
        >
          <CartesianGrid horizontal={false} stroke="#e4e2dc" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: '#3d4d60' }} />
          <YAxis
            type="category"
            dataKey="label"
            width={320}
            tick={{ fontSize: 12, fill: '#1d232b' }}
            tickFormatter={short}
            interval={0}
          />
          {stances.map((s) => {
            const look = looks.get(s.stanceId);
            return (
              <Bar
                key={s.stanceId}
                dataKey={s.stanceId}
                name={s.label}
                stackId="stances"
                fill={`url(#${fillId(s.stanceId)})`}
                stroke={look?.colour ?? s.colour}
                strokeWidth={1}
                isAnimationActive={false}
              >
                <LabelList
                  dataKey={s.stanceId}
                  position="center"
                  fontSize={11}
                  fontWeight={700}
                  fill="#111"
                  style={HALO}
                  formatter={(v: unknown) =>
                    typeof v === 'number' && v > 0 ? `${look?.symbol ?? ''} ${v}` : ''
                  }
                />
              </Bar>
            );
          })}
          {showNoStance && (
            <Bar
              dataKey={NO_STANCE}
              name={noStanceLabel}
              stackId="stances"
              fill="#ffffff"
              stroke="#777"
              isAnimationActive={false}
            >
              <LabelList
                dataKey={NO_STANCE}
                position="center"
                fontSize={11}
                fill="#333"
                formatter={(v: unknown) => (typeof v === 'number' && v > 0 ? `– ${v}` : '')}
              />
            </Bar>
          )}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
