namespace QommerceHub.Testing;

/// <summary>A running system as the tests reach it: through the gateway, and maildev for what it sent.</summary>
public interface IRunningSystem
{
    HttpClient Client(string? token = null);

    MaildevInbox Inbox { get; }
}
