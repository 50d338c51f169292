using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace QommerceHub.ServiceDefaults.Http;

/// <summary>Reads an upload's multipart form; a broken or truncated body is the client's fault: 400, not 500.</summary>
public static class MultipartForm
{
    public const string Malformed = "The multipart body is malformed or truncated";

    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return (await request.ReadFormAsync(cancellationToken), null);
        }
        catch (InvalidDataException)
        {
            return (null, ApiResults.BadRequest(Malformed));
        }
        // A body that ends early; a too-large one stays Kestrel's 413 (BadHttpRequestException, handled centrally).
        catch (IOException ex) when (ex is not BadHttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            return (null, ApiResults.BadRequest(Malformed));
        }
    }
}
