"""Demo and load data for a Mayang-like county, generated with Faker (zh_CN): `python -m seed`."""
