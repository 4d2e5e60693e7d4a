using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SemaineIndustrie.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The full-text index of events (ADR 0004): an FTS5 table without a copy of the text, folded to lower case
    /// without accents, kept in step with Events and Organisations by triggers.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        private const string Row = """
            (rowid, "Title", "Summary", "Description", "Venue", "Place", "Organisation")
            """;

        private static string Values(string e) => $"""
            VALUES ({e}."Id", {e}."Title", {e}."Summary", {e}."Description", coalesce({e}."Venue", ''),
                coalesce((SELECT "Name" FROM "Communes" WHERE "InseeCode" = {e}."CommuneCode"), ''),
                coalesce((SELECT "Name" FROM "Organisations" WHERE "Id" = {e}."OrganisationId"), ''))
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "EventSearch" USING fts5(
                    "Title", "Summary", "Description", "Venue", "Place", "Organisation",
                    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "EventSearch_Insert" AFTER INSERT ON "Events" BEGIN
                    INSERT INTO "EventSearch" {Row} {Values("new")};
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "EventSearch_Update"
                AFTER UPDATE OF "Title", "Summary", "Description", "Venue", "CommuneCode", "OrganisationId" ON "Events" BEGIN
                    DELETE FROM "EventSearch" WHERE rowid = old."Id";
                    INSERT INTO "EventSearch" {Row} {Values("new")};
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "EventSearch_Delete" AFTER DELETE ON "Events" BEGIN
                    DELETE FROM "EventSearch" WHERE rowid = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "EventSearch_OrganisationRenamed" AFTER UPDATE OF "Name" ON "Organisations" BEGIN
                    UPDATE "Events" SET "OrganisationId" = "OrganisationId" WHERE "OrganisationId" = new."Id";
                END;
                """);
            migrationBuilder.Sql($"""
                INSERT INTO "EventSearch" {Row}
                SELECT e."Id", e."Title", e."Summary", e."Description", coalesce(e."Venue", ''), coalesce(c."Name", ''), coalesce(o."Name", '')
                FROM "Events" e LEFT JOIN "Communes" c ON c."InseeCode" = e."CommuneCode" LEFT JOIN "Organisations" o ON o."Id" = e."OrganisationId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "EventSearch_OrganisationRenamed";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "EventSearch_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "EventSearch_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "EventSearch_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "EventSearch";""");
        }
    }
}
