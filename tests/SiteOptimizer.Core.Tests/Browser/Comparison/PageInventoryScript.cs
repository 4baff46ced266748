namespace SiteOptimizer.Tests.Browser.Comparison;

/// <summary>
/// JavaScript that takes stock of a settled page: where every image is drawn (each
/// <c>&lt;img&gt;</c> and each element with a <c>url()</c> background, in document order, in page
/// coordinates), whether each stylesheet loaded and how many rules it holds, and which
/// resources failed to load (<see cref="FailureWatch"/> counts those from the first byte on).
/// </summary>
internal static class PageInventoryScript
{
    /// <summary>
    /// Run before the page's own scripts: records each element whose resource failed (an error
    /// event on it), blocked integrity checks included; and answers dialogs at once (a page that
    /// calls <c>alert</c> would otherwise never finish loading in a browser nobody clicks).
    /// </summary>
    public const string FailureWatch = """
        window.alert = message => console.warn(`alert: ${message}`);
        window.confirm = message => { console.warn(`confirm: ${message}`); return true; };
        window.prompt = message => { console.warn(`prompt: ${message}`); return null; };
        window.__siteoptFailedResources = [];
        window.__siteoptFailedElements = new WeakSet();
        addEventListener('error', event => {
          const target = event.target;
          if (target && target !== window && target.tagName) {
            window.__siteoptFailedElements.add(target);
            window.__siteoptFailedResources.push(`${target.tagName.toLowerCase()} ${target.src || target.href || target.currentSrc || ''}`);
          }
        }, true);
        """;

    public const string Source = """
        (() => {
          const label = element => element.tagName.toLowerCase()
            + (element.id ? '#' + element.id : '')
            + Array.from(element.classList).map(name => '.' + name).join('')
            + (element.alt ? `[alt="${element.alt}"]` : '');
          const box = (kind, element, drawn) => {
            const rect = element.getBoundingClientRect();
            return { kind, label: label(element), x: rect.left + scrollX, y: rect.top + scrollY, width: rect.width, height: rect.height, drawn };
          };
          const images = Array.from(document.images).map(image => box('img', image, image.complete && image.naturalWidth > 0));
          const backgrounds = Array.from(document.querySelectorAll('body, body *'))
            .filter(element => getComputedStyle(element).backgroundImage.includes('url('))
            .map(element => box('background', element, true));
          const sheets = Array.from(document.querySelectorAll('link[rel~="stylesheet"], style')).map(node => {
            // A sheet whose load failed (an error status, a blocked integrity check) may still be there, empty.
            let rules = -1;
            if (node.sheet && !(window.__siteoptFailedElements && window.__siteoptFailedElements.has(node))) {
              try { rules = node.sheet.cssRules.length; } catch { rules = -2; }
            }
            return { source: node.href || 'inline style', rules };
          });
          return { boxes: images.concat(backgrounds), sheets, failed: window.__siteoptFailedResources || [] };
        })()
        """;
}
