using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using QommerceHub.Testing;

namespace QommerceHub.FaultAndAbuse;

/// <summary>
/// Sends every operation of every service's OpenAPI document (as the gateway serves them) hostile path and query
/// values, wrong-typed and oversized JSON properties, broken bodies and broken multipart uploads, as a store owner.
/// Counts 5xx answers and answers that leak a stack trace; both must be 0.
/// </summary>
public sealed class OpenApiFuzzer(SystemFixture system)
{
    private readonly List<string> failures = [];
    private readonly PlausibleValues plausible = new();
    private StoreOwner owner = null!;
    private HttpClient http = null!;
    private int requests;
    private int serverErrors;
    private int stackTraces;

    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        await SignInAsync();
        var operations = new List<FuzzOperation>();
        var services = system.ServiceNames;
        foreach (var service in services)
        {
            var document = (JsonObject)JsonNode.Parse(await http.GetStringAsync($"/openapi/{service}.json"))!;
            operations.AddRange(FuzzOperation.All(document, plausible));
        }

        Console.WriteLine($"Fuzzing {operations.Count} operations of {services.Count} OpenAPI documents");
        foreach (var operation in operations.Where(o => !o.Streams))
            foreach (var request in operation.Cases())
                await SendAsync(operation, request);

        foreach (var failure in failures.Take(20)) Console.WriteLine(failure);
        return
        [
            Figure.Info("fuzz operations", operations.Count),
            Figure.Info("fuzz requests", requests),
            new("fuzz answers 5xx", serverErrors),
            new("fuzz answers with a stack trace", stackTraces),
        ];
    }

    private async Task SendAsync(FuzzOperation operation, FuzzRequest fuzz, bool retried = false)
    {
        if (!retried) requests++;
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), fuzz.Path);
        if (fuzz.Body is not null)
        {
            request.Content = new ByteArrayContent(fuzz.Body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
            // A server refusing a large body answers before reading it; without this the client is still sending.
            request.Headers.ExpectContinue = fuzz.Body.Length > 64 * 1024;
        }

        try
        {
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500) Fail(ref serverErrors, operation, fuzz, $"{(int)response.StatusCode} {Trim(text)}");
            if (text.Contains("   at ", StringComparison.Ordinal) && text.Contains("Exception", StringComparison.Ordinal))
                Fail(ref stackTraces, operation, fuzz, Trim(text));
            if (response.StatusCode == HttpStatusCode.Unauthorized) await SignInAgainIfSignedOutAsync();
        }
        catch (TaskCanceledException)
        {
            Fail(ref serverErrors, operation, fuzz, "no answer within the client's time-out");
        }
        catch (HttpRequestException) when (!retried)
        {
            // A pooled connection the server closed after an earlier answer: once more on a fresh one.
            await SendAsync(operation, fuzz, retried: true);
        }
        catch (HttpRequestException ex)
        {
            Fail(ref serverErrors, operation, fuzz, "connection broken: " + ex.Message);
        }
    }

    private void Fail(ref int counter, FuzzOperation operation, FuzzRequest fuzz, string what)
    {
        counter++;
        failures.Add($"  {operation.Method} {operation.Template} [{fuzz.Case}] → {what}");
    }

    private async Task SignInAsync()
    {
        owner = await new StoreAccounts(system).OpenStoreAsync("Fuzz Shop");
        http = system.Client(owner.Token);
        http.Timeout = TimeSpan.FromSeconds(30);
        var item = await IdOfAsync("/api/inventory", new { name = "Fuzz item", sku = "FUZZ-1", quantity = 1000, price = 5m });
        var customer = await IdOfAsync("/api/customers", new { name = "Fuzz Customer", email = TestTenants.UniqueEmail("fuzz-customer") });
        var order = await Eventually.Until(() => IdOfAsync("/api/orders", new { customer_id = customer, items = new[] { new { inventory_id = item, quantity = 1 } } }),
            id => id > 0, TimeSpan.FromSeconds(60), "Orders to know the fuzz item");
        plausible.PointAt(item, customer, order);
    }

    /// <summary>Creates a row and answers its id (0 when refused, e.g. Orders does not know the item yet).</summary>
    private async Task<int> IdOfAsync(string path, object body)
    {
        var created = await ResponseJson.ReadAsync(await http.PostAsJsonAsync(path, body));
        return created["id"]?.GetValue<int>() ?? 0;
    }

    /// <summary>A fuzzed logout or password change may end the session: then carry on as a fresh store owner.</summary>
    private async Task SignInAgainIfSignedOutAsync()
    {
        using var me = await http.GetAsync("/api/tenants/me");
        if (me.StatusCode == HttpStatusCode.Unauthorized) await SignInAsync();
    }

    private static string Trim(string text) => text.Length > 300 ? text[..300] + "…" : text;
}

/// <summary>One request of the fuzz: its path (with query), and its body with the Content-Type to send.</summary>
public sealed record FuzzRequest(string Case, string Path, byte[]? Body = null, string? ContentType = null)
{
    public static FuzzRequest Json(string name, string path, string json) => new(name, path, Encoding.UTF8.GetBytes(json), "application/json");
}
