namespace SiteOptimizer.Measurement.Browser;

/// <summary>
/// JavaScript run once <c>load</c> has fired: it waits until no new Largest Contentful Paint
/// candidate has appeared for half a second (the last image may paint just after load), then
/// returns FCP, LCP and load from the page's own performance entries (observers with
/// <c>buffered: true</c>), and the requests and bytes the Resource Timing entries count, and the waterfall they make.
/// </summary>
internal static class PageMetricsScript
{
    public const string Source = """
        (async () => {
          const quietMs = 500, capMs = 10000, started = performance.now();
          const lcp = [];
          let lastChange = started;
          new PerformanceObserver(list => { lcp.push(...list.getEntries()); lastChange = performance.now(); })
            .observe({ type: 'largest-contentful-paint', buffered: true });
          const fcp = new Promise(resolve => new PerformanceObserver(list => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true }));
          while (performance.now() - lastChange < quietMs && performance.now() - started < capMs) {
            await new Promise(resolve => setTimeout(resolve, 50));
          }
          const navigation = performance.getEntriesByType('navigation')[0];
          const resources = performance.getEntriesByType('resource');
          const largest = lcp.at(-1);
          const element = largest?.element;
          return {
            fcp: await Promise.race([fcp, new Promise(resolve => setTimeout(() => resolve(-1), 1000))]),
            lcp: largest ? largest.startTime : -1,
            lcpElement: largest?.url ? new URL(largest.url).pathname : (element ? element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') : ''),
            load: navigation.loadEventStart,
            requests: resources.length + 1,
            bytes: navigation.transferSize + resources.reduce((sum, entry) => sum + entry.transferSize, 0),
            protocol: navigation.nextHopProtocol,
            visibility: document.visibilityState,
            waterfall: [navigation, ...resources].map(entry => ({
              path: new URL(entry.name).pathname,
              start: entry.startTime,
              request: entry.requestStart,
              firstByte: entry.responseStart,
              end: entry.responseEnd,
              bytes: entry.transferSize,
              renderBlocking: entry.renderBlockingStatus ?? '',
              initiator: entry.initiatorType,
            })),
          };
        })()
        """;
}
