/*
 * Benchwarden charts. Pages name their data in data- attributes; this file fetches the JSON and draws it with
 * Chart.js. Every text from the data goes through textContent or Chart.js's canvas text, never into HTML.
 */
(function () {
  'use strict';

  var DENSE = 200;
  var DARK = window.matchMedia('(prefers-color-scheme: dark)');
  /** Every chart drawn, with how to give it the colours of the current scheme again. */
  var drawn = [];

  /**
   * The colours of the current scheme, from the stylesheet's --chart-* properties (lists separated by spaces),
   * read each time a chart is drawn or the scheme changes, so light and dark need no second palette here.
   */
  function palette() {
    var style = getComputedStyle(document.documentElement);
    function value(name) {
      return style.getPropertyValue(name).trim();
    }
    function list(name) {
      return value(name).split(/\s+/);
    }
    return {
      text: value('--chart-text'), grid: value('--chart-grid'), baseline: list('--chart-baseline'),
      withAgent: list('--chart-with-agent'), series: list('--chart-series'), budget: value('--chart-budget'),
      band: value('--chart-band'), bandFill: value('--chart-band-fill')
    };
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function colour(chart, series, n, colours) {
    if (series.role === 'band') {
      return colours.band;
    }
    if (series.role === 'budget') {
      return colours.budget;
    }
    if (/latency$/.test(chart.id)) {
      var shade = ['p50', 'p95', 'p99'].indexOf(series.label.split(' ')[0]);
      return (series.label.indexOf('with agent') >= 0 ? colours.withAgent : colours.baseline)[Math.max(shade, 0)];
    }
    return colours.series[n % colours.series.length];
  }

  /**
   * Gives each dataset of a chart's configuration its line and fill colours, and the axes and legend their text
   * and grid colours; a drawn chart's configuration is {@code instance.config}, redrawn by update().
   */
  function paint(config, chart, colours) {
    config.data.datasets.forEach(function (d, n) {
      var series = chart.series[n];
      d.borderColor = colour(chart, series, n, colours);
      d.backgroundColor = series.role === 'band' ? colours.bandFill : d.borderColor;
    });
    var options = config.options;
    Object.keys(options.scales).forEach(function (axis) {
      var scale = options.scales[axis];
      scale.ticks = Object.assign(scale.ticks || {}, { color: colours.text });
      scale.grid = Object.assign(scale.grid || {}, { color: colours.grid });
      scale.title = Object.assign(scale.title || {}, { color: colours.text });
    });
    options.plugins.legend = Object.assign(options.plugins.legend || {}, { labels: { color: colours.text } });
  }

  function draw(canvas, config, chart) {
    paint(config, chart, palette());
    drawn.push({ instance: new Chart(canvas, config), chart: chart });
  }

  function dataset(series, n, dense) {
    if (series.role === 'band') {
      // The upper edge fills down to the lower one, shading the band the series may move in without an alert.
      return {
        label: series.label, data: series.values, borderDash: [2, 3], borderWidth: 1, pointRadius: 0,
        pointHitRadius: 0, spanGaps: true, fill: series.label.indexOf('upper') === 0 ? '+1' : false
      };
    }
    if (series.role === 'budget') {
      return {
        label: series.label, data: series.values, borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0,
        pointHitRadius: 0, spanGaps: true
      };
    }
    var marked = {};
    series.change_points.forEach(function (index) { marked[index] = true; });
    return {
      label: series.label, data: series.values, borderWidth: 1.5, spanGaps: true,
      pointRadius: series.values.map(function (v, i) { return marked[i] ? 7 : (dense ? 0 : 2.5); }),
      pointHoverRadius: 5,
      pointStyle: series.values.map(function (v, i) { return marked[i] ? 'triangle' : 'circle'; })
    };
  }

  function changePointText(chart, points) {
    var parts = [];
    chart.series.forEach(function (series) {
      series.change_points.forEach(function (index) {
        var point = points[index];
        parts.push(series.label + ' moved at run #' + point.run_id + ' (' + point.started_at.substring(0, 10) + ')');
      });
    });
    return parts.length === 0 ? 'No change points.' : 'Change points: ' + parts.join('; ') + '.';
  }

  function drawTrendChart(container, chart, data, labels) {
    var section = element('section');
    section.appendChild(element('h2', null, chart.title + ' (' + chart.unit + ')'));
    var box = element('div', 'chart-box');
    var canvas = element('canvas');
    canvas.id = 'chart-' + chart.id;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', chart.title + ' over ' + data.points.length + ' runs');
    box.appendChild(canvas);
    section.appendChild(box);
    section.appendChild(element('p', 'change-points', changePointText(chart, data.points)));
    container.appendChild(section);
    var dense = data.points.length > DENSE;
    draw(canvas, {
      type: 'line',
      data: {
        labels: labels,
        datasets: chart.series.map(function (series, n) { return dataset(series, n, dense); })
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: false, axis: 'x' },
        scales: { x: { ticks: { maxTicksLimit: 10 } }, y: { title: { display: true, text: chart.unit } } },
        plugins: {
          tooltip: {
            callbacks: {
              footer: function (items) {
                var point = data.points[items[0].dataIndex];
                return 'run #' + point.run_id + ' · ' + (point.commit || '') + (point.status ? ' · ' + point.status : '');
              }
            }
          }
        },
        onClick: function (event, elements) {
          if (elements.length > 0) {
            window.location.assign(data.points[elements[0].index].url);
          }
        }
      }
    }, chart);
  }

  function drawSection(container, title, data, empty) {
    container.appendChild(element('h2', 'section-title', title));
    if (data.points.length === 0) {
      container.appendChild(element('p', 'chart-status', empty));
      return;
    }
    var labels = data.points.map(function (p) { return p.started_at.substring(0, 16).replace('T', ' '); });
    data.charts.forEach(function (chart) { drawTrendChart(container, chart, data, labels); });
  }

  function drawTrends(container) {
    var status = container.querySelector('.chart-status');
    var hosted = container.dataset.hostedUrl;
    Promise.all([fetchJson(container.dataset.trendsUrl), hosted ? fetchJson(hosted) : null]).then(function (all) {
      container.textContent = '';
      drawSection(container, 'Strict runs', all[0], 'No strict runs in this window.');
      if (all[1]) {
        drawSection(container, 'Hosted benchmarks (advisory), with the alert band around the baseline', all[1],
          'No hosted runs in this window.');
      }
      container.dataset.rendered = 'true';
    }).catch(function (error) {
      status.textContent = 'Could not load the chart data: ' + error.message;
    });
  }

  function drawSparkline(canvas) {
    fetchJson(canvas.dataset.sparklineUrl).then(function (data) {
      var ratio = data.charts.filter(function (c) { return c.id === 'p95-ratio'; })[0];
      draw(canvas, {
        type: 'line',
        data: {
          labels: data.points.map(function (p) { return p.started_at.substring(0, 10); }),
          datasets: ratio.series.map(function (series, n) {
            var d = dataset(series, n, true);
            d.pointRadius = 0;
            return d;
          })
        },
        options: {
          animation: false, maintainAspectRatio: false, events: [],
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
          scales: { x: { display: false }, y: { display: false } }
        }
      }, ratio);
      canvas.dataset.rendered = 'true';
    }).catch(function () {
      canvas.replaceWith(element('span', 'chart-status', 'no data'));
    });
  }

  // A reader who switches the scheme with the page open gets the charts in the new colours without a reload.
  DARK.addEventListener('change', function () {
    var colours = palette();
    drawn.forEach(function (entry) {
      paint(entry.instance.config, entry.chart, colours);
      entry.instance.update('none');
    });
  });

  document.querySelectorAll('[data-trends-url]').forEach(drawTrends);
  document.querySelectorAll('[data-sparkline-url]').forEach(drawSparkline);
}());
