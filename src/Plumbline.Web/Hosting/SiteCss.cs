namespace Plumbline.Web.Hosting;

/// <summary>Serves the one stylesheet from the assembly, so the app needs no files beside it.</summary>
internal static class SiteCss
{
    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        using var stream = typeof(SiteCss).Assembly.GetManifestResourceStream("Plumbline.Web.site.css")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    public static IResult Serve(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(Bytes.Value, "text/css; charset=utf-8");
    }
}
