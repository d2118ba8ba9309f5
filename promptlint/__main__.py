from promptlint.entry import main

main()
