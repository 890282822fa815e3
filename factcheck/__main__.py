from factcheck.launch import main

main()
