/*
 * Benchwarden charts. Pages name their data in data- attributes; this file fetches the JSON and draws it with
 * Chart.js. Every text from the data goes through textContent or Chart.js's canvas text, never into HTML.
 */
(function () {
  'use strict';

  var BASELINE = ['#9ec5fe', '#3d8bfd', '#0a3d91'];
  var WITH_AGENT = ['#fdc08c', '#fd7e14', '#9a3b00'];
  var OTHER = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b'];
  var BUDGET = '#6c757d';
  var DENSE = 200;

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

  function colour(chart, series, n) {
    if (series.role === 'budget') {
      return BUDGET;
    }
    if (/latency$/.test(chart.id)) {
      var shade = ['p50', 'p95', 'p99'].indexOf(series.label.split(' ')[0]);
      return (series.label.indexOf('with agent') >= 0 ? WITH_AGENT : BASELINE)[Math.max(shade, 0)];
    }
    return OTHER[n % OTHER.length];
  }

  function dataset(chart, series, n, dense) {
    var colourOf = colour(chart, series, n);
    if (series.role === 'band') {
      // The upper edge fills down to the lower one, shading the band the series may move in without an alert. A
      // band that belongs to one series of several ("upper noise floor, connect p95 ratio") takes its colour.
      var owner = -1;
      chart.series.forEach(function (other, i) {
        if (other.role === 'value' && series.label.split(', ')[1] === other.label) {
          owner = i;
        }
      });
      var tint = owner < 0 ? null : colour(chart, chart.series[owner], owner);
      return {
        label: series.label, data: series.values, borderColor: tint ? tint + '80' : '#adb5bd',
        backgroundColor: tint ? tint + '26' : 'rgba(173, 181, 189, 0.2)',
        borderDash: [2, 3], borderWidth: 1, pointRadius: 0, pointHitRadius: 0, spanGaps: true,
        fill: series.label.indexOf('upper') === 0 ? '+1' : false
      };
    }
    if (series.role === 'budget') {
      return {
        label: series.label, data: series.values, borderColor: colourOf, backgroundColor: colourOf,
        borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0, pointHitRadius: 0, spanGaps: true
      };
    }
    var marked = {};
    series.change_points.forEach(function (index) { marked[index] = true; });
    return {
      label: series.label, data: series.values, borderColor: colourOf, backgroundColor: colourOf,
      borderWidth: 1.5, spanGaps: true,
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
    new Chart(canvas, {
      type: 'line',
      data: {
        datasets: chart.series.map(function (series, n) { return onTimeAxis(dataset(chart, series, n, dense), times); })
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
    });
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
      new Chart(canvas, {
        type: 'line',
        data: {
          labels: data.points.map(function (p) { return p.started_at.substring(0, 10); }),
          datasets: ratio.series.map(function (series, n) {
            var d = dataset(ratio, series, n, true);
            d.pointRadius = 0;
            return d;
          })
        },
        options: {
          animation: false, maintainAspectRatio: false, events: [],
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
          scales: { x: { display: false }, y: { display: false } }
        }
      });
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
    new Chart(canvas, {
      type: 'line',
      data: {
        datasets: distribution.sides.map(function (side) {
          var colourOf = (side.with_agent ? WITH_AGENT : BASELINE)[1];
          return {
            label: side.label, borderColor: colourOf, backgroundColor: colourOf, borderWidth: 1.5, pointRadius: 1.5,
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
    });
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

  document.querySelectorAll('[data-trends-url]').forEach(drawTrends);
  document.querySelectorAll('[data-sparkline-url]').forEach(drawSparkline);
  document.querySelectorAll('[data-distributions-url]').forEach(drawDistributions);
}());
