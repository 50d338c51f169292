using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace QommerceHub.Gateway.Web;

public static class WebApp
{
    /// <summary>
    /// Serves <c>web/</c> at the root and an allow-list of npm packages at <c>/vendor/{package}</c>
    /// (Chart.js, the barcode reader), so the browser loads nothing from a CDN.
    /// </summary>
    public static WebApplication UseWebApp(this WebApplication app)
    {
        var root = Resolve(app, app.Configuration["Web:Root"] ?? "../web");
        if (Directory.Exists(root))
        {
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = assets, OnPrepareResponse = NoCacheForPages });
        }

        var vendorRoot = Resolve(app, app.Configuration["Web:VendorRoot"] ?? "../node_modules");
        foreach (var package in app.Configuration.GetSection("Web:VendorPackages").Get<string[]>() ?? [])
        {
            var folder = Path.Combine(vendorRoot, package);
            if (!Directory.Exists(folder)) continue;
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(folder),
                RequestPath = "/vendor/" + package,
                ContentTypeProvider = assets,
                OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=86400",
            });
        }
        return app;
    }

    /// <summary>
    /// Only the kinds of file a page loads are served; anything else in the folders (README.md, package.json,
    /// source maps, licences) is not found, so the web root tells nothing about how it is built.
    /// </summary>
    private static readonly FileExtensionContentTypeProvider assets = AssetTypes();

    private static FileExtensionContentTypeProvider AssetTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        var served = new HashSet<string>([".html", ".css", ".js", ".mjs", ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".woff", ".woff2", ".wasm"],
            StringComparer.OrdinalIgnoreCase);
        foreach (var extension in provider.Mappings.Keys.Where(e => !served.Contains(e)).ToList()) provider.Mappings.Remove(extension);
        return provider;
    }

    private static string Resolve(WebApplication app, string path) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(app.Environment.ContentRootPath, path));

    // Pages and scripts change with each release; revalidate them instead of caching stale copies.
    private static void NoCacheForPages(StaticFileResponseContext ctx) =>
        ctx.Context.Response.Headers.CacheControl = "no-cache";
}
