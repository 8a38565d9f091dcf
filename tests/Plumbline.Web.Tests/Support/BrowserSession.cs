using Microsoft.Playwright;
using Plumbline.Testing.Browser;

namespace Plumbline.Web.Tests.Support;

/// <summary>Headless Chromium with one page of a given width, as every browser test of the workspace starts; closed with the session.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    // CI runs test assemblies side by side on 2 cores: give each step room rather than Playwright's 30 s default.
    private const float Patience = 120_000;

    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        Browser = browser;
        Context = context;
        Page = page;
    }

    public IBrowser Browser { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public static async Task<BrowserSession> StartAsync(int width, bool acceptDownloads = false)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Executable,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, AcceptDownloads = acceptDownloads });
        var page = await NewPageAsync(context);
        Assertions.SetDefaultExpectTimeout(Patience);
        return new BrowserSession(playwright, browser, context, page);
    }

    /// <summary>A page in a context of its own (another user's session), as patient as the first.</summary>
    public async Task<IPage> NewUserPageAsync(int width) =>
        await NewPageAsync(await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } }));

    private static async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(Patience);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
