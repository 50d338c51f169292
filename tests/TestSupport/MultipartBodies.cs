using System.Net.Http.Headers;
using System.Text;

namespace QommerceHub.Testing;

/// <summary>Multipart bodies broken the way a dropped connection or a hostile client breaks them.</summary>
public static class MultipartBodies
{
    private const string Boundary = "qommercehub-test-boundary";

    /// <summary>A file part that starts and never reaches its closing boundary.</summary>
    public static HttpContent Truncated(string field) => Body(
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG-partial-");

    /// <summary>Bytes after the multipart header that are no multipart framing at all.</summary>
    public static HttpContent Garbage() => Body("this is not a multipart body at all\r\n--nope");

    private static ByteArrayContent Body(string text)
    {
        var content = new ByteArrayContent(Encoding.Latin1.GetBytes(text));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        return content;
    }
}
