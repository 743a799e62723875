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
    if (series.side) {
      return (series.side === 'with_agent' ? colours.withAgent : colours.baseline)[1];
    }
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
   * A band that belongs to one series of several ("upper noise floor, connect p95 ratio") is that series' colour,
   * translucent; a band of its own (the hosted alert band) is the palette's band colour.
   */
  function bandColours(chart, series, colours) {
    var owner = -1;
    chart.series.forEach(function (other, i) {
      if (other.role === 'value' && series.label.split(', ')[1] === other.label) {
        owner = i;
      }
    });
    var tint = owner < 0 ? '' : colour(chart, chart.series[owner], owner, colours);
    if (!/^#[0-9a-f]{6}$/i.test(tint)) {
      return { line: colours.band, fill: colours.bandFill };
    }
    return { line: tint + '80', fill: tint + '26' };
  }

  /**
   * Gives each dataset of a chart's configuration its line and fill colours, and the axes and legend their text
   * and grid colours; a drawn chart's configuration is {@code instance.config}, redrawn by update().
   */
  function paint(config, chart, colours) {
    config.data.datasets.forEach(function (d, n) {
      var series = chart.series[n];
      if (series.role === 'band') {
        var band = bandColours(chart, series, colours);
        d.borderColor = band.line;
        d.backgroundColor = band.fill;
      }
      else {
        d.borderColor = colour(chart, series, n, colours);
        d.backgroundColor = d.borderColor;
      }
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
        parts.push(series.label + ' moved at run ' + point.label + ' (' + point.started_at.substring(0, 10) + ')');
      });
    });
    return parts.length === 0 ? 'No change points.' : 'Change points: ' + parts.join('; ') + '.';
  }

  /*
   * Points are placed by their run's start, so a week without runs is a week of axis. Chart.js's time scale needs a
   * date adapter the dashboard does not ship; a linear axis of epoch milliseconds with UTC labels does the same.
   */
  function onTimeAxis(set, times) {
    set.data = set.data.map(function (value, i) { return { x: times[i], y: value }; });
    return set;
  }

  function timeAxis(times) {
    var span = times.length > 1 ? times[times.length - 1] - times[0] : 0;
    return {
      type: 'linear',
      ticks: {
        maxTicksLimit: 8,
        callback: function (value) {
          var text = new Date(value).toISOString();
          return span > 2 * 24 * 3600 * 1000 ? text.substring(0, 10) : text.substring(5, 16).replace('T', ' ');
        }
      }
    };
  }

  function drawTrendChart(container, chart, data, times) {
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
        datasets: chart.series.map(function (series, n) { return onTimeAxis(dataset(series, n, dense), times); })
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: false, axis: 'x' },
        scales: { x: timeAxis(times), y: { title: { display: true, text: chart.unit } } },
        plugins: {
          tooltip: {
            callbacks: {
              title: function (items) {
                return data.points[items[0].dataIndex].started_at.substring(0, 16).replace('T', ' ');
              },
              footer: function (items) {
                var point = data.points[items[0].dataIndex];
                return 'run ' + point.label + ' · ' + (point.commit || '') + (point.status ? ' · ' + point.status : '');
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
    var times = data.points.map(function (p) { return Date.parse(p.started_at); });
    data.charts.forEach(function (chart) { drawTrendChart(container, chart, data, times); });
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

  /*
   * The run page's latency distributions: per syscall, the share of operations slower than each latency for baseline
   * and with agent, both axes logarithmic, so a cost on 1 % of the operations shows as the with-agent line holding
   * at 0.01 out to the latency it adds.
   */
  function drawDistribution(container, distribution) {
    var section = element('section');
    section.appendChild(element('h2', null, distribution.kind + ': share of operations slower than'));
    var box = element('div', 'chart-box');
    var canvas = element('canvas');
    canvas.id = 'distribution-' + distribution.kind;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', distribution.kind + ' latency distribution, ' + distribution.sides.map(
      function (side) { return side.label + ' over ' + side.operations + ' operations'; }).join(', '));
    box.appendChild(canvas);
    section.appendChild(box);
    container.appendChild(section);
    // Painted like the latency charts: each side in its own colour, in either scheme.
    var chart = {
      id: 'distribution-' + distribution.kind,
      series: distribution.sides.map(function (side) {
        return { role: 'value', label: side.label, side: side.with_agent ? 'with_agent' : 'baseline' };
      })
    };
    draw(canvas, {
      type: 'line',
      data: {
        datasets: distribution.sides.map(function (side) {
          return {
            label: side.label, borderWidth: 1.5, pointRadius: 1.5,
            data: side.points.map(function (p) { return { x: p.latency_us, y: p.share }; })
          };
        })
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: { type: 'logarithmic', title: { display: true, text: 'latency (µs)' } },
          y: { type: 'logarithmic', max: 1, title: { display: true, text: 'share of operations slower' } }
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: function (item) {
                return item.dataset.label + ': ' + (item.parsed.y * 100).toPrecision(3) + ' % slower than '
                  + item.parsed.x + ' µs';
              }
            }
          }
        }
      }
    }, chart);
  }

  function drawDistributions(container) {
    var status = container.querySelector('.chart-status');
    fetchJson(container.dataset.distributionsUrl).then(function (run) {
      container.textContent = '';
      run.distributions.forEach(function (distribution) { drawDistribution(container, distribution); });
      container.dataset.rendered = 'true';
    }).catch(function (error) {
      status.textContent = 'Could not load the distributions: ' + error.message;
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
  document.querySelectorAll('[data-distributions-url]').forEach(drawDistributions);
}());
