namespace SiteOptimizer.Measurement.Browser;

/// <summary>
/// JavaScript run after <c>load</c> so that a screenshot shows the page as a visitor who
/// scrolled through it sees it: every lazy image below the fold loaded and decoded, web fonts
/// in, then back at the top with every transition (the back-to-top button's) finished.
/// It returns the page's height in CSS pixels. The waits are bounds against a hang, generous
/// because a 1920-pixel AVIF decoded in software on a busy two-core machine takes seconds.
/// </summary>
internal static class PageSettleScript
{
    public const string Source = """
        (async () => {
          const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
          const atMost = (ms, promise) => Promise.race([promise, new Promise(resolve => setTimeout(resolve, ms))]);
          const height = () => Math.ceil(document.documentElement.scrollHeight);
          for (let y = 0; y < height(); y += innerHeight / 2) {
            scrollTo(0, y);
            await frame();
          }
          await atMost(30000, Promise.all(Array.from(document.images, image => image.decode().catch(() => {}))));
          await atMost(5000, document.fonts.ready);
          scrollTo(0, 0);
          await frame();
          await frame();
          await atMost(5000, Promise.all(document.getAnimations().map(animation => animation.finished.catch(() => {}))));
          await frame();
          return height();
        })()
        """;
}
