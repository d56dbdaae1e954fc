using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace CoachBot.Storage;

/// <summary>
/// The Data Protection key ring in the bot's PostgreSQL database (table <c>data_protection_keys</c>, from
/// the migrations): one row per key, as Data Protection hands it over (encrypted when a certificate is
/// configured). Keys are only ever added; Data Protection retires them by writing revocations.
/// </summary>
public sealed class PostgresXmlRepository(NpgsqlDataSource dataSource) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = dataSource.CreateCommand("SELECT xml FROM data_protection_keys ORDER BY created_at, friendly_name");
        using var rows = command.ExecuteReader();
        var elements = new List<XElement>();
        while (rows.Read())
        {
            elements.Add(XElement.Parse(rows.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        // Names are unique per key ("key-{id}"); a name seen again (two instances racing) keeps the first.
        using var command = dataSource.CreateCommand("INSERT INTO data_protection_keys (friendly_name, xml) VALUES ($1, $2) ON CONFLICT (friendly_name) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = friendlyName });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = element.ToString(SaveOptions.DisableFormatting) });
        command.ExecuteNonQuery();
    }
}
