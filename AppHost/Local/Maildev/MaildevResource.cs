namespace QommerceHub.AppHost.Local.Maildev;

/// <summary>maildev from npm: an SMTP server that keeps every mail, with a web inbox and a REST API (/api/email).</summary>
public sealed class MaildevResource : ExecutableResource, IResourceWithConnectionString
{
    internal const string SmtpEndpointName = "smtp";
    internal const string WebEndpointName = "http";

    internal MaildevResource(string name, string command, string workingDirectory)
        : base(name, command, workingDirectory)
    {
        SmtpEndpoint = new EndpointReference(this, SmtpEndpointName);
    }

    public EndpointReference SmtpEndpoint { get; }

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"smtp://127.0.0.1:{SmtpEndpoint.Property(EndpointProperty.Port)}");
}
