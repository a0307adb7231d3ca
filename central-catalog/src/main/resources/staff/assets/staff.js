// Draws Beranda's per-hour chart from the canvas's data attributes; runs again after htmx swaps the summary.
(function () {
  function draw() {
    var c = document.getElementById('per-hour');
    if (!c || !window.Chart) { return; }
    var old = Chart.getChart(c);
    if (old) { old.destroy(); }
    var names = c.dataset.labels.split('|');
    var keys = ['loans', 'returns', 'renewals', 'refusals'];
    var colours = ['#12355b', '#2e7d32', '#f9a825', '#c62828'];
    var hours = [];
    for (var h = 0; h < 24; h++) { hours.push(String(h).padStart(2, '0')); }
    new Chart(c, {
      type: 'bar',
      data: { labels: hours, datasets: keys.map(function (k, i) {
        return { label: names[i], data: JSON.parse(c.dataset[k]), backgroundColor: colours[i] };
      }) },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } }
    });
  }
  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSwap', draw);
})();
