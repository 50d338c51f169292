using System.Net;
using System.Net.Sockets;
using QommerceHub.LegacyLauncher.Hosting;

namespace QommerceHub.LegacyLauncher.Tests;

public sealed class BuildingBlockTests
{
    [Fact]
    public void Restart_delay_doubles_from_one_second_up_to_thirty()
    {
        var delays = Enumerable.Range(1, 8).Select(attempt => RestartBackoff.DelayFor(attempt).TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays);
        Assert.Equal(TimeSpan.FromSeconds(30), RestartBackoff.DelayFor(int.MaxValue));
    }

    [Fact]
    public void Free_ports_are_distinct_and_bindable_on_loopback()
    {
        var ports = FreePorts.Pick(20);

        Assert.Equal(20, ports.Distinct().Count());
        foreach (var port in ports)
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
        }
    }

    [Fact]
    public void Free_ports_replace_every_default_port()
    {
        var options = new AppHostOptions().UseFreePorts();

        int[] ports =
        [
            options.GatewayPort, options.DashboardPort, options.PostgresPort, options.RabbitPort, options.SmtpPort,
            options.MaildevWebPort, options.IdentityPort, options.CatalogPort, options.OrdersPort, options.PaymentsPort,
            options.NotificationsPort, options.AnalyticsPort, options.ReportingPort,
        ];
        Assert.Equal(ports.Length, ports.Distinct().Count());
        Assert.DoesNotContain(8080, ports);
        Assert.Equal(0, new AppHostOptions { DashboardPort = 0 }.UseFreePorts().DashboardPort);
    }

    [Fact]
    public void Log_buffer_keeps_the_latest_lines_in_order()
    {
        var buffer = new LogRingBuffer(200);
        for (var i = 1; i <= 250; i++)
        {
            buffer.Add($"line {i}");
        }

        var lines = buffer.Snapshot();
        Assert.Equal(200, lines.Count);
        Assert.Equal("line 51", lines[0]);
        Assert.Equal("line 250", lines[^1]);
        Assert.Equal(["line 249", "line 250"], buffer.Tail(2));
    }

    [Fact]
    public void Proc_stat_is_read_after_the_last_parenthesis_of_the_command_name()
    {
        var stat = ProcessTree.ParseStat(
            "4242 (a (weird) name) S 17 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 10 18446744073709551615");

        Assert.Equal(new ProcessStat(4242, 'S', 17, 987654), stat);
        Assert.Null(ProcessTree.ParseStat("garbage"));
    }

    [Fact]
    public void Command_line_selects_external_servers_and_data_folder()
    {
        var options = AppHostOptions.FromCommandLine(
            ["--data-dir", "/tmp/qh", "--postgres", "Host=db;Username=postgres;Password=x", "--rabbitmq", "amqp://mq:5672/"]);

        Assert.Equal("/tmp/qh", options.DataDir);
        Assert.Equal("Host=db;Username=postgres;Password=x", options.ExternalPostgres);
        Assert.Equal("amqp://mq:5672/", options.ExternalRabbitMq);
        Assert.Throws<ArgumentException>(() => AppHostOptions.FromCommandLine(["--bogus"]));
    }
}
