using Microsoft.Net.Http.Headers;

namespace QommerceHub.Reporting.Exports;

/// <summary>A file written straight to the response body as it is produced, never held whole in memory.</summary>
public sealed class FileDownload(string contentType, string fileName, Func<Stream, CancellationToken, Task> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = contentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"\"{fileName}\"" }.ToString();
        response.Headers.CacheControl = "no-store";
        await write(response.Body, httpContext.RequestAborted);
    }
}
