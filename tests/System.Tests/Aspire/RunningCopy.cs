using System.Net.Http.Headers;
using QommerceHub.Testing;

namespace QommerceHub.SystemTests.Aspire;

/// <summary>A running copy of the system reached by its URLs only, e.g. one the AppHost process started.</summary>
internal sealed class RunningCopy(Uri gateway, Uri maildevEmails) : IRunningSystem
{
    public MaildevInbox Inbox => new(maildevEmails);

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = gateway };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
