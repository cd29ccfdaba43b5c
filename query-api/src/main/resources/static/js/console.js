// PowerAlgo web application: draws the supply and demand chart of a market page. Everything else is
// server-rendered HTML that htmx swaps in; this file is the only script of the application's own.
(function () {
    'use strict';

    function drawCurves(canvas) {
        if (!window.Chart || Chart.getChart(canvas)) {
            return;
        }
        var data = JSON.parse(canvas.dataset.chart);
        var kwh = function (wh) { return wh / 1000; };
        var price = function (micro) { return micro / 1e6; };
        // each point is a price level and the energy offered (or wanted) up to it: draw it as a
        // staircase from zero, one flat step per level
        var steps = function (curve) {
            var points = [];
            var from = 0;
            curve.forEach(function (p) {
                points.push({x: kwh(from), y: price(p.price)});
                points.push({x: kwh(p.wh), y: price(p.price)});
                from = p.wh;
            });
            return points;
        };
        var datasets = [
            {label: 'Demand (bids)', data: steps(data.demand), borderColor: '#b4451f', backgroundColor: '#b4451f', pointRadius: 2},
            {label: 'Supply (offers)', data: steps(data.supply), borderColor: '#1f6fb4', backgroundColor: '#1f6fb4', pointRadius: 2}
        ];
        if (data.clearing) {
            datasets.push({label: 'Clearing point', type: 'scatter', data: [{x: kwh(data.clearing.wh), y: price(data.clearing.price)}],
                borderColor: '#1a7f37', backgroundColor: '#1a7f37', pointRadius: 7, pointStyle: 'rectRot'});
        }
        new Chart(canvas, {
            type: 'line',
            data: {datasets: datasets},
            options: {
                animation: false,
                maintainAspectRatio: false,
                parsing: false,
                scales: {
                    x: {type: 'linear', title: {display: true, text: 'Cumulative energy (kWh)'}, beginAtZero: true},
                    y: {title: {display: true, text: 'Price per kWh'}}
                },
                plugins: {legend: {position: 'bottom'}}
            }
        });
    }

    function drawAll(root) {
        root.querySelectorAll('canvas[data-chart]').forEach(drawCurves);
    }

    document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
    document.addEventListener('htmx:afterSwap', function (event) { drawAll(event.target); });
})();
