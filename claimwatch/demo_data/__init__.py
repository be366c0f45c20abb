"""The offline demo's world: the pages of a made-up season of news, and chronology.toml (see claimwatch.demo_server)."""
