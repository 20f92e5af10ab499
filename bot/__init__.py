"""studybot: a Discord bot for study groups that read news articles together."""
