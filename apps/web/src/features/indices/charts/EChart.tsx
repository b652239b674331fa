import { useEffect, useMemo, useRef } from 'react';
import { Box, Button, Group } from '@mantine/core';
import { useLang, useT } from '../../../i18n/index.ts';
import { downloadBlob, downloadUrl, fileSlug } from '../download.ts';
import { CHART_FONT, echarts } from './echarts.ts';
import type { ChartOption, ECElementEvent } from './echarts.ts';
import { localiseNumbers } from './localise.ts';

interface EChartProps {
  option: ChartOption;
  /** Accessible name of the chart and the base of the exported file names. */
  title: string;
  height: number;
  onClick?: (event: ECElementEvent) => void;
}

const BASE: ChartOption = {
  textStyle: { fontFamily: CHART_FONT },
  backgroundColor: '#ffffff',
};

function titleOption(text: string, width: number): Record<string, unknown> {
  return {
    text,
    left: 4,
    top: 2,
    textStyle: {
      fontSize: 13,
      fontWeight: 600,
      width: Math.max(120, width - 60),
      overflow: 'truncate',
    },
  };
}

/**
 * One ECharts instance bound to a div: resizes with its container, replaces its option on
 * change, and offers PNG (canvas) and SVG (an off-screen SVG-rendered twin) downloads.
 */
export function EChart({ option: raw, title, height, onClick }: EChartProps) {
  const t = useT();
  const lang = useLang();
  const option = useMemo(() => localiseNumbers(raw, lang), [raw, lang]);
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  const titleRef = useRef(title);

  useEffect(() => {
    clickRef.current = onClick;
    titleRef.current = title;
  }, [onClick, title]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (event) => clickRef.current?.(event as ECElementEvent));
    // The title's truncation width follows the chart's: a chart first laid out narrow (a tab
    // still opening) would otherwise keep "Bản đồ PAPI ..." at full width.
    const observer = new ResizeObserver(() => {
      chart.resize();
      chart.setOption({ title: titleOption(titleRef.current, chart.getWidth()) });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  const slug = fileSlug(title);

  useEffect(() => {
    const chart = chartRef.current;
    chart?.setOption(
      {
        ...BASE,
        // The title is drawn in the chart so a saved PNG/SVG says what it shows.
        title: titleOption(title, chart.getWidth()),
        ...option,
        toolbox: {
          right: 4,
          top: 0,
          feature: {
            saveAsImage: {
              title: t('chart.savePng'),
              name: slug,
              pixelRatio: 2,
              backgroundColor: '#ffffff',
            },
          },
        },
      },
      { notMerge: true },
    );
  }, [option, slug, t, title]);

  const savePng = () => {
    const chart = chartRef.current;
    if (!chart) return;
    const url = chart.getDataURL({
      type: 'png',
      pixelRatio: 2,
      backgroundColor: '#ffffff',
      excludeComponents: ['toolbox'],
    });
    downloadUrl(url, `${slug}.png`);
  };

  const saveSvg = () => {
    const chart = chartRef.current;
    if (!chart) return;
    const twin = echarts.init(null, null, {
      renderer: 'svg',
      ssr: true,
      width: chart.getWidth(),
      height: chart.getHeight(),
    });
    twin.setOption({
      ...BASE,
      title: titleOption(title, chart.getWidth()),
      ...option,
      animation: false,
    });
    const svg = twin.renderToSVGString();
    twin.dispose();
    downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${slug}.svg`);
  };

  return (
    <Box>
      <div ref={ref} role="img" aria-label={title} style={{ width: '100%', height }} />
      <Group gap="xs" justify="flex-end" mt={4}>
        <Button size="compact-xs" variant="default" onClick={savePng}>
          {t('chart.savePng')}
        </Button>
        <Button size="compact-xs" variant="default" onClick={saveSvg}>
          {t('chart.saveSvg')}
        </Button>
      </Group>
    </Box>
  );
}
