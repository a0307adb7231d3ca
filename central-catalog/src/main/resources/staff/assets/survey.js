// Draws the survey page's charts from their canvases' data attributes; the tables beside them hold the same numbers.
(function () {
  function draw(id, type, key, colour) {
    var c = document.getElementById(id);
    if (!c || !window.Chart) { return; }
    var old = Chart.getChart(c);
    if (old) { old.destroy(); }
    new Chart(c, {
      type: type,
      data: { labels: c.dataset.labels.split('|'), datasets: [{ label: c.dataset.name, data: JSON.parse(c.dataset[key]),
        backgroundColor: colour, borderColor: colour }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        scales: { y: type === 'line' ? { min: 1, max: 5 } : { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    draw('score-chart', 'bar', 'counts', '#12355b');
    draw('week-chart', 'line', 'means', '#2e7d32');
  });
})();
